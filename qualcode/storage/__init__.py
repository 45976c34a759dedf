"""qualcode.storage"""
