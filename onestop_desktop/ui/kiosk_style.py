"""The kiosk's stylesheet, scaled to the screen (sizes are for 1920×1080)."""

from __future__ import annotations

FONT = "Liberation Sans"


def kiosk_style(s: float) -> str:
    def px(n: float) -> str:
        return f"{max(8, round(n * s))}px"

    return f"""
KioskWindow {{ background: #0b1524; }}
QLabel {{ color: #f4f7fb; background: transparent; font-family: "{FONT}"; }}
QFrame#header {{ background: #12263f; border-bottom: {px(4)} solid #f2c12e; }}
QLabel#caption {{ color: #a9bdd6; font-size: {px(24)}; font-weight: bold; }}
QLabel#ward_name {{ font-size: {px(46)}; font-weight: bold; }}
QLabel#clock {{ font-size: {px(46)}; font-weight: bold; }}
QLabel#date {{ color: #a9bdd6; font-size: {px(24)}; }}
QPushButton {{ font-family: "{FONT}"; }}
QPushButton#language {{
    color: #f4f7fb; background: #1d3657; border: {px(3)} solid #2f5685;
    border-radius: {px(16)}; font-size: {px(30)}; font-weight: bold;
    padding: {px(10)} {px(26)};
}}
QPushButton#language:checked {{ color: #0b1524; background: #ffd54a; border-color: #ffd54a; }}
QLabel#title {{ font-size: {px(58)}; font-weight: bold; }}
QLabel#subtitle {{ color: #c7d5e6; font-size: {px(32)}; }}
QLabel#hint {{ color: #a9bdd6; font-size: {px(28)}; }}
QPushButton#lane {{
    background: #17457a; border: {px(3)} solid #2a62a3; border-radius: {px(28)};
}}
QPushButton#lane:pressed {{ background: #ffd54a; border-color: #ffd54a; }}
QLabel#lane_prefix {{
    color: #0b1524; background: #ffd54a; border-radius: {px(22)};
    font-size: {px(104)}; font-weight: bold;
}}
QLabel#lane_name {{ font-size: {px(50)}; font-weight: bold; }}
QLabel#lane_waiting {{ color: #c7d5e6; font-size: {px(30)}; }}
QLabel#chosen {{ color: #ffd54a; font-size: {px(40)}; font-weight: bold; }}
QPushButton#priority {{
    color: #f4f7fb; background: #17457a; border: {px(3)} solid #2a62a3;
    border-radius: {px(26)}; font-size: {px(40)}; font-weight: bold; padding: {px(12)};
}}
QPushButton#priority[normal="true"] {{
    color: #0b1524; background: #ffd54a; border-color: #ffd54a;
}}
QPushButton#priority:pressed {{ background: #f4f7fb; color: #0b1524; }}
QPushButton#priority:disabled {{ color: #6f86a3; background: #10223a; border-color: #1d3657; }}
QPushButton#back, QPushButton#done {{
    color: #f4f7fb; background: #1d3657; border: {px(3)} solid #2f5685;
    border-radius: {px(20)}; font-size: {px(34)}; font-weight: bold;
    padding: {px(14)} {px(40)};
}}
QLabel#busy {{ color: #ffd54a; font-size: {px(40)}; font-weight: bold; }}
QFrame#ticket {{ background: #143a66; border-radius: {px(36)}; }}
QLabel#your_number {{ color: #c7d5e6; font-size: {px(48)}; }}
QLabel#number {{ color: #ffd54a; }}
QLabel#done_service {{ font-size: {px(50)}; font-weight: bold; }}
QLabel#done_priority {{ color: #ffd54a; font-size: {px(36)}; font-weight: bold; }}
QLabel#done_ahead {{ font-size: {px(42)}; }}
QLabel#done_status {{ font-size: {px(44)}; font-weight: bold; color: #9be7a8; }}
QLabel#done_status[problem="true"] {{ color: #ffb74d; }}
QLabel#done_detail {{ color: #a9bdd6; font-size: {px(28)}; }}
"""
