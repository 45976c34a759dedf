"""Exchange with other QDA tools: File › Import/Export REFI-QDA."""
