"""What every bench script needs: where the repository and shared/ are.

The research data (TempEval, PolNeAR, Reuters) never enters the repository;
benches read it from shared/ beside the checkout, or from where ``--shared``
or the NEWSDESK_SHARED environment variable say.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as `python bench/x.py` from a checkout


def shared_dir(flag: str | None = None) -> Path:
    """Where shared/ is: the flag, else NEWSDESK_SHARED, else beside the repo."""
    if flag:
        return Path(flag)
    env = os.environ.get("NEWSDESK_SHARED")
    if env:
        return Path(env)
    return ROOT.parent / "shared"
