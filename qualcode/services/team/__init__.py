"""qualcode.services.team"""
