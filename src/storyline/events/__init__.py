"""storyline.events"""
