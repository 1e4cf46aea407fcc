"""One console per user and store: a second ``carecenter --call NUMBER`` (or a ``tel:``
link) hands the number to the console already running, over a local socket, and exits.

The first console listens on a QLocalServer whose name is derived from the user and the
store path; a later start connects with a QLocalSocket, sends one line and waits for
the answer. Nobody listening (or a stale socket file left by a crash): this start
becomes the console.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from carecenter.services.customers.phones import number_from_link

TIMEOUT_MS = 2000
MAX_MESSAGE = 4096


def server_name(store_path: Path) -> str:
    """The socket name for this user and store (short: Unix socket paths are limited)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container
        user = "user"
    where = str(Path(store_path).expanduser().resolve())
    digest = hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:16]
    return f"carecenter-{digest}"


def hand_over(name: str, number: str | None, timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give ``number`` (None: just come to the front) to the console listening on
    ``name``; True when it took it, False when no console is running."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    payload = json.dumps({"call": number_from_link(number) if number else None}) + "\n"
    socket.write(payload.encode("utf-8"))
    if not socket.waitForBytesWritten(timeout_ms):
        socket.abort()
        return False
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer.strip() == b"ok"


class CallServer(QObject):
    """Listens for hand-overs; ``call_received`` gives the number ('' to come forward)."""

    call_received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed console is removed first."""
        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)
            return self.server.listen(self.name)
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            socket.write(b"error\n")
            socket.disconnectFromServer()
            self._buffers.pop(socket, None)
            return
        if not data.endswith(b"\n"):
            self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        try:
            message = json.loads(data.decode("utf-8"))
            number = message.get("call") if isinstance(message, dict) else None
            if number is not None and not isinstance(number, str):
                raise ValueError("call is not text")
        except (ValueError, UnicodeDecodeError):
            socket.write(b"error\n")
            socket.flush()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.call_received.emit(number_from_link(number or ""))


def bring_to_front(widget: QWidget) -> None:
    """Show ``widget`` above the others (platforms without windows, offscreen, cannot)."""
    if widget.isMinimized():
        widget.showNormal()
    widget.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        widget.raise_()
        widget.activateWindow()
