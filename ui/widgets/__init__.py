"""What several features share: item models, labels, formats, names of roles and agents."""
