"""qualcode.nlp"""
