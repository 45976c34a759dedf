"""The bundled embedding model: offline, unit-length rows, meaning over wording."""

from __future__ import annotations

import socket
import subprocess
import sys

import numpy as np

from qualcode.nlp.embeddings import load_embedder
from qualcode.nlp.units import quick_sentence_spans, sentence_spans


def test_rows_are_float32_of_length_one_and_an_empty_text_is_zeros():
    embedder = load_embedder()
    vectors = embedder.embed(["Nobody believed me.", "The lawyer helped a lot.", ""])
    assert vectors.dtype == np.float32 and vectors.shape == (3, embedder.dim)
    assert np.allclose(np.linalg.norm(vectors[:2], axis=1), 1.0, atol=1e-5)
    assert not vectors[2].any()
    assert embedder.model_name and embedder.version and load_embedder() is embedder


def test_a_paraphrase_is_closer_than_a_sentence_sharing_no_meaning():
    a, paraphrase, other = load_embedder().embed([
        "felt nobody believed me", "no one would believe what happened to me", "the canteen food was cold"])
    assert a @ paraphrase > a @ other + 0.2


def test_spans_of_a_text_embed_like_the_slices():
    text = "Interviewer: And then?\nP01: Nobody believed me.  The lawyer\thelped a lot. 我很好。你呢？"
    spans = [(28, 47), (49, 73), (28, 73), (74, 78)]
    embedder = load_embedder()
    assert np.allclose(embedder.embed_spans(text, spans), embedder.embed([text[a:b] for a, b in spans]), atol=1e-5)


def test_same_vectors_as_wordllama_itself():
    from wordllama.inference import WordLlamaInference

    embedder = load_embedder()
    reference = WordLlamaInference(embedder._table, embedder._tokenizer.__class__.from_str(embedder._tokenizer.to_str()))
    texts = ["No one would believe what happened to me.", "I was supported by my peers, really!"]
    assert np.allclose(embedder.embed(texts), reference.embed(texts, norm=True), atol=1e-5)


def test_loading_needs_no_network():
    script = (
        "import socket\n"
        "class Blocked(socket.socket):\n"
        "    def __init__(self, *a, **k): raise OSError('network')\n"
        "def refuse(*a, **k): raise OSError('network')\n"
        "socket.socket = Blocked; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "from qualcode.nlp.embeddings import load_embedder\n"
        "print(load_embedder().embed(['hello there']).shape)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("(1, ")
    assert socket.socket is not None


TEXT = ("In the shelter I was a number. Later I trusted the lawyers! She was trusting nobody. "
        "Mr. Smith said it was fine. Then J. Doe came. And then? Nothing.")


def test_quick_sentences_agree_with_spacys_sentencizer_on_ordinary_prose():
    quick = [(int(a), int(b)) for a, b, _ in quick_sentence_spans(TEXT)]
    assert quick == sentence_spans(TEXT)


def test_quick_sentences_keep_to_regions_and_count_words():
    text = "Interviewer: How?\nP01: It was hard. Very hard indeed.\n"
    rows = quick_sentence_spans(text, [(13, 17), (23, 53)])
    assert [(text[a:b], int(w)) for a, b, w in rows] == [("How?", 1), ("It was hard.", 3), ("Very hard indeed.", 3)]
