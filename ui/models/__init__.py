"""Qt models over core data, and the words and colours for states."""
