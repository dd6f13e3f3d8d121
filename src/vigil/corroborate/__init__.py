"""vigil.corroborate"""
