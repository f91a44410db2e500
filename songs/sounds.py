"""Tiny, valid WAV files for the demo and tests: a few notes, a few kilobytes."""

import io
import math
import wave

RATE = 8000


def tiny_wav(notes=(523.25, 659.25, 783.99), note_seconds=0.25):
    """Mono 8-bit PCM playing `notes` (Hz) one after the other."""
    frames = bytearray()
    for frequency in notes:
        count = int(RATE * note_seconds)
        for index in range(count):
            fade = min(1.0, index / 200, (count - index) / 200)  # no clicks between notes
            frames.append(int(128 + 90 * fade * math.sin(2 * math.pi * frequency * index / RATE)))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))
    return buffer.getvalue()
