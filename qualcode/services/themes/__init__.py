"""qualcode.services.themes.theme_edits"""
