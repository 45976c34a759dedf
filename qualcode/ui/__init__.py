"""qualcode.ui"""
