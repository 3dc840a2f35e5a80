"""Build hook: compile the Qt Linguist translations (i18n/*.ts) into the package as .qm files.

Everything else about the project is in pyproject.toml.
"""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "licdesk" / "i18n"
        root = Path(__file__).resolve().parent
        subprocess.run([sys.executable, str(root / "tools" / "i18n.py"), "release", str(target)], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})
