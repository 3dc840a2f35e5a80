"""What every part of the interface uses: plain labels and message boxes, fonts, icons, background tasks."""
