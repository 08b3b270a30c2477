"""Parley's Streamlit dashboard: filters to analysis calls to Plotly figures to widgets."""
