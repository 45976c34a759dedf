"""qualcode.services.mixed"""
