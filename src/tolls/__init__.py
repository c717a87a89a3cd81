"""tolls."""
