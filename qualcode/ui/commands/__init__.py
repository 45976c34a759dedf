"""QUndoCommands: thin wrappers; redo() calls one service, undo() its inverse."""
