"""`privacy-bot demo`: the whole product on loopback with nothing but pip install."""

from bot.demo.run import run_demo

__all__ = ["run_demo"]
