"""A research team on one study: coders, reference coder, agreement, disagreement decisions."""
