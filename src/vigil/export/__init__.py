"""vigil.export"""
