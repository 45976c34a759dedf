"""qualcode.ui.team"""
