"""Build hook: compile the Qt Linguist translations (i18n/*.ts) into the package as .qm files, and put
the user guide (docs/guide*.md, shown by Help → User guide) beside them.

Everything else about the project is in pyproject.toml.
"""

import shutil
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
        docs = Path(self.build_lib) / "licdesk" / "docs"
        docs.mkdir(parents=True, exist_ok=True)
        for guide in sorted((root / "docs").glob("guide*.md")):
            shutil.copyfile(guide, docs / guide.name)


setup(cmdclass={"build_py": BuildWithTranslations})
