"""This writer's checker: en/src/check.py, run here (see ../../renderer.py)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from renderer import run  # noqa: E402

run(__file__, 'en', 'check.py', __name__)
