"""rustlet: an ahead-of-time compiler for a strict subset of Rust, written in Python.

Start reading at `rustlet/driver.py`, which runs the stages in order.
"""
__version__ = "0.1.0"
