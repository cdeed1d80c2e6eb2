"""Helm values of the llm-d-modelservice chart, translated into constructs."""
