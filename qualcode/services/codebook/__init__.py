"""qualcode.services.codebook.codes"""
