"""qualcode.services"""
