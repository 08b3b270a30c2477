"""Speakers page."""

import streamlit as st

st.title("Speakers")
