"""qualcode.services.corpus"""
