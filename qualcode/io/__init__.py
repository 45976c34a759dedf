"""qualcode.io"""
