"""Schemas the objects are validated against: pinned CRDs and CRD-shaped built-in kinds."""
