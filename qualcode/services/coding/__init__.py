"""qualcode.services.coding.segments"""
