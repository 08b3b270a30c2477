"""Terms page."""

import streamlit as st

st.title("Terms")
