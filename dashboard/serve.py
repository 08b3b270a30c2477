"""Serve Parley with its security headers: `streamlit run dashboard/serve.py` (what `make run` does).

Streamlit finds `app` below and runs it under uvicorn; dashboard/app.py stays the script every
session runs, so AppTest and `streamlit run dashboard/app.py` (no headers) still work.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from dashboard.headers import SecurityHeaders

app = st.App(Path(__file__).with_name("app.py"), middleware=[Middleware(SecurityHeaders)])
