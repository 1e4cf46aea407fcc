"""Realistic demo data: ``carecenter demo`` builds an Italian-and-English store with it."""

from carecenter.demo.builder import DemoSummary, StoreNotEmpty, anchor, build_demo

__all__ = ["DemoSummary", "StoreNotEmpty", "anchor", "build_demo"]
