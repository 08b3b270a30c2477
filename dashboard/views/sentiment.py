"""Sentiment page."""

import streamlit as st

st.title("Sentiment")
