"""vigil.ingest"""
