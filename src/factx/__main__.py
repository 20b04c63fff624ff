"""`python -m factx`: the same entry point as the `factx` console script (`factx.cli.run`)."""

from factx.cli import run

if __name__ == "__main__":
    run()
