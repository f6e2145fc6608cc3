"""Engines beyond this machine's processes: the expensive stages on Ray (``--engine ray``).

Ray is an optional extra (``pip install 'storyline[ray]'``), imported only when this engine
runs; :func:`storyline.scale.ray_engine.import_ray` says how to install it when it is missing.
"""
