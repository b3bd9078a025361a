__version__ = "0.1.0"

from . import gpt2  # chapter 10 gives GPT its from_pretrained: every import of the package brings it
