__version__ = "0.1.0"

# The chapters' modules, in the order the chapters teach them. Each imports only earlier ones; later chapters fill the
# registries of earlier ones (chapter 08's PRESETS and PRETRAINED, GPT.from_pretrained from chapter 10), so importing
# the package brings all of them, and the command line knows every preset.
from . import tokenizer, data, bigram, attention, gpt, training, counting, checkpoint, cli, arithmetic, gpt2, modern
