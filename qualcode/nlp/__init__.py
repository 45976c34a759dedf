"""The only spaCy package: sentence units and lemma search.

Works offline with ``spacy.blank`` + the lookup lemmatizer from
spacy-lookups-data; uses a trained pipeline only when the user has installed one.
"""
