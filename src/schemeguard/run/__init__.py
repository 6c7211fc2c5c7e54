"""Running evaluations at scale: shards over processes (shards.py) or a Ray cluster (ray_engine.py)."""
