"""Reviewers' signatures: OpenSSH's SSHSIG format, as ``ssh-keygen -Y sign`` makes and ``-Y verify`` checks.

Every record a review tool writes to a ledger (approval, rejection, edit) is
signed over a canonical statement of what it says (see
:func:`pipeline.review.ledger.statement`) with the reviewer's SSH key, under
the namespace :data:`NAMESPACE`. The ledger stores the signature's base64
body; :func:`armored` gives the ``-----BEGIN SSH SIGNATURE-----`` file that

    ssh-keygen -Y verify -f allowed_signers -I <reviewer> -n leaflets-review -s sig < statement

confirms, the way git verifies SSH-signed commits.

Signing and verifying run in-process on ``cryptography`` (a build verifies
every approval of every catalogue: a subprocess per signature would be too
slow); only the SSHSIG and ssh-agent wire formats, a few lines each, are
written here. Keys are read from a private key file without a passphrase
(``--key PATH`` or ``LEAFLETS_SIGNING_KEY``) or used through ssh-agent
(``SSH_AUTH_SOCK``), which also serves keys that have a passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import os
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from pipeline.core.errors import ReviewError

if TYPE_CHECKING:
    import socket

NAMESPACE = "leaflets-review"  # SSHSIG keeps a signature made for one purpose from being replayed for another
_MAGIC = b"SSHSIG"
_VERSION = 1
_HASH = "sha512"  # what ssh-keygen -Y sign uses by default
_ECDSA_HASHES: dict[str, hashes.HashAlgorithm] = {
    "nistp256": hashes.SHA256(), "nistp384": hashes.SHA384(), "nistp521": hashes.SHA512()}
KEY_TYPES = ("ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ssh-rsa")


# -- the SSH wire encoding (RFC 4251) ------------------------------------------

def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _mpint(value: int) -> bytes:
    data = value.to_bytes((value.bit_length() + 8) // 8, "big") if value else b""
    return _string(data)


class _Reader:
    def __init__(self, data: bytes):
        self.data, self.at = data, 0

    def take(self, size: int) -> bytes:
        if self.at + size > len(self.data):
            raise ValueError("truncated")
        chunk = self.data[self.at:self.at + size]
        self.at += size
        return chunk

    def uint32(self) -> int:
        return int(struct.unpack(">I", self.take(4))[0])

    def string(self) -> bytes:
        return self.take(self.uint32())

    def mpint(self) -> int:
        return int.from_bytes(self.string(), "big", signed=True)

    def done(self) -> bool:
        return self.at == len(self.data)


# -- public keys ----------------------------------------------------------------

@dataclass(frozen=True)
class PublicKey:
    """An OpenSSH public key as a reviewer lists it: ``ssh-ed25519 AAAA… comment``."""

    kind: str  # ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa, …
    blob: bytes  # the wire encoding, what SSHSIG and ssh-agent carry

    @property
    def fingerprint(self) -> str:
        """As ``ssh-keygen -l`` prints it: ``SHA256:…``."""
        return "SHA256:" + base64.b64encode(hashlib.sha256(self.blob).digest()).decode().rstrip("=")

    @property
    def openssh(self) -> str:
        return f"{self.kind} {base64.b64encode(self.blob).decode()}"


def parse_public_key(text: str) -> PublicKey:
    """The key of a ``key = "ssh-ed25519 AAAA… comment"`` line; ValueError saying what is wrong."""
    parts = text.split()
    if len(parts) < 2:
        raise ValueError('must be an OpenSSH public key such as "ssh-ed25519 AAAA… you@laptop" '
                         "(the one line of your .pub file)")
    kind, body = parts[0], parts[1]
    if kind not in KEY_TYPES:
        raise ValueError(f"key type {kind!r} is not one leaflets verifies ({', '.join(KEY_TYPES)})")
    try:
        blob = base64.b64decode(body, validate=True)
        if _Reader(blob).string().decode() != kind:
            raise ValueError
        loaded = serialization.load_ssh_public_key(f"{kind} {body}".encode())
    except (ValueError, UnicodeDecodeError, UnsupportedAlgorithm):
        raise ValueError(f"is not a valid {kind} public key (copy the whole line of your .pub file)") from None
    # One key has one encoding as ssh-keygen writes it. Another (an RSA number with a leading zero
    # byte) would be another blob for the same key: listed under two ids, one person could approve
    # their own edit as the other reviewer.
    canonical = loaded.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).split()[1]
    if base64.b64decode(canonical) != blob:
        raise ValueError(f"is a {kind} key not written as ssh-keygen writes it (the same key may be written "
                         "another way): copy the whole line of your .pub file")
    return PublicKey(kind, blob)


@lru_cache(maxsize=256)
def _loaded(key: PublicKey):
    return serialization.load_ssh_public_key(key.openssh.encode())


# -- SSHSIG -------------------------------------------------------------------

def _signed_data(message: bytes, namespace: str) -> bytes:
    """What the key signs: the SSHSIG preamble and the SHA-512 of the message (PROTOCOL.sshsig)."""
    return (_MAGIC + _string(namespace.encode()) + _string(b"") + _string(_HASH.encode())
            + _string(hashlib.sha512(message).digest()))


def _envelope(key: PublicKey, namespace: str, signature_blob: bytes) -> str:
    blob = (_MAGIC + struct.pack(">I", _VERSION) + _string(key.blob) + _string(namespace.encode())
            + _string(b"") + _string(_HASH.encode()) + _string(signature_blob))
    return base64.b64encode(blob).decode()


def armored(signature: str) -> str:
    """The signature as the file ``ssh-keygen -Y sign`` writes and ``-Y verify -s`` reads."""
    lines = [signature[i:i + 70] for i in range(0, len(signature), 70)]
    return "-----BEGIN SSH SIGNATURE-----\n" + "\n".join(lines) + "\n-----END SSH SIGNATURE-----\n"


def signing_key(signature: str) -> PublicKey | None:
    """The public key a signature names (not yet checked), or None when it is not an SSHSIG."""
    try:
        reader = _Reader(base64.b64decode(signature, validate=True))
        if reader.take(6) != _MAGIC or reader.uint32() != _VERSION:
            return None
        blob = reader.string()
        return PublicKey(_Reader(blob).string().decode(), blob)
    except (ValueError, UnicodeDecodeError):
        return None


def verify(message: bytes, signature: str, key: PublicKey, namespace: str = NAMESPACE) -> bool:
    """Is ``signature`` (base64 SSHSIG) ``key``'s signature of ``message`` under ``namespace``?"""
    try:
        reader = _Reader(base64.b64decode(signature, validate=True))
        if reader.take(6) != _MAGIC or reader.uint32() != _VERSION:
            return False
        if reader.string() != key.blob or reader.string() != namespace.encode():
            return False
        reader.string()  # reserved
        hash_name = reader.string().decode()
        inner = _Reader(reader.string())
        if not reader.done() or hash_name != _HASH:
            return False
        kind, raw = inner.string().decode(), inner.string()
        return _verify_raw(_loaded(key), key.kind, kind, raw, _signed_data(message, namespace))
    except (ValueError, UnicodeDecodeError, InvalidSignature, UnsupportedAlgorithm):
        return False


def _verify_raw(public, key_kind: str, sig_kind: str, raw: bytes, data: bytes) -> bool:
    if isinstance(public, ed25519.Ed25519PublicKey) and sig_kind == "ssh-ed25519":
        public.verify(raw, data)
        return True
    if isinstance(public, ec.EllipticCurvePublicKey) and sig_kind == key_kind:
        parts = _Reader(raw)
        der = encode_dss_signature(parts.mpint(), parts.mpint())
        public.verify(der, data, ec.ECDSA(_ECDSA_HASHES[key_kind.rsplit("-", 1)[1]]))
        return True
    if isinstance(public, rsa.RSAPublicKey) and sig_kind in ("rsa-sha2-512", "rsa-sha2-256"):
        digest = hashes.SHA512() if sig_kind == "rsa-sha2-512" else hashes.SHA256()
        public.verify(raw, data, padding.PKCS1v15(), digest)
        return True
    return False


# -- signers: a key file, or ssh-agent ------------------------------------------

class Signer(Protocol):
    """Something holding a private key: it signs SSHSIG data and says which public key it is."""

    public_key: PublicKey

    def sign_blob(self, data: bytes) -> bytes:
        """The SSH signature blob (string algorithm, string signature) of ``data``."""


def sign(message: bytes, signer: Signer, namespace: str = NAMESPACE) -> str:
    """The base64 SSHSIG of ``message``, as ``ssh-keygen -Y sign -n namespace`` makes it."""
    return _envelope(signer.public_key, namespace, signer.sign_blob(_signed_data(message, namespace)))


@dataclass
class FileSigner:
    """A private key file in OpenSSH format, without a passphrase."""

    path: Path
    public_key: PublicKey
    private: object

    @classmethod
    def load(cls, path: Path) -> FileSigner:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReviewError(f"cannot read the signing key: {exc.strerror}", path) from None
        try:
            private = serialization.load_ssh_private_key(data, password=None)
        except TypeError:  # cryptography's word for "it has a passphrase"
            raise ReviewError("the signing key has a passphrase: add it to ssh-agent (ssh-add) "
                              "and leave --key out", path) from None
        except (ValueError, UnsupportedAlgorithm) as exc:
            if data.lstrip().startswith((b"ssh-", b"ecdsa-", b"sk-")):  # the .pub beside it, given by mistake
                raise ReviewError("this is a public key: give the private key file beside it (the same name "
                                  "without .pub)", path) from None
            raise ReviewError(f"not an OpenSSH private key: {exc}", path) from None
        public = private.public_key()
        text = public.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
        return cls(path, parse_public_key(text), private)

    def sign_blob(self, data: bytes) -> bytes:
        key = self.private
        if isinstance(key, ed25519.Ed25519PrivateKey):
            return _string(b"ssh-ed25519") + _string(key.sign(data))
        if isinstance(key, ec.EllipticCurvePrivateKey):
            kind = self.public_key.kind
            r, s = decode_dss_signature(key.sign(data, ec.ECDSA(_ECDSA_HASHES[kind.rsplit("-", 1)[1]])))
            return _string(kind.encode()) + _string(_mpint(r) + _mpint(s))
        if isinstance(key, rsa.RSAPrivateKey):
            return _string(b"rsa-sha2-512") + _string(key.sign(data, padding.PKCS1v15(), hashes.SHA512()))
        raise ReviewError(f"leaflets cannot sign with a {self.public_key.kind} key", self.path)


_AGENT_IDENTITIES, _AGENT_IDENTITIES_ANSWER = 11, 12
_AGENT_SIGN, _AGENT_SIGN_RESPONSE = 13, 14
_AGENT_RSA_SHA2_512 = 4


@dataclass
class AgentSigner:
    """A key held by ssh-agent (draft-miller-ssh-agent): the private key never leaves the agent."""

    socket_path: str
    public_key: PublicKey

    def sign_blob(self, data: bytes) -> bytes:
        flags = _AGENT_RSA_SHA2_512 if self.public_key.kind == "ssh-rsa" else 0
        body = _string(self.public_key.blob) + _string(data) + struct.pack(">I", flags)
        kind, reply = _agent_request(self.socket_path, _AGENT_SIGN, body)
        if kind != _AGENT_SIGN_RESPONSE:
            raise ReviewError(f"ssh-agent refused to sign with {self.public_key.fingerprint} "
                              "(confirm the request, or ssh-add the key again)")
        return _Reader(reply).string()


def _agent_request(socket_path: str, kind: int, body: bytes) -> tuple[int, bytes]:
    # Imported here, when a reviewer signs: the settings load this module on every run, and
    # loading socket (its constants made into enums) took 4 to 5 ms of each (2026-12-03).
    import socket

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as agent:
            agent.settimeout(30)  # an agent may ask the person to confirm
            agent.connect(socket_path)
            agent.sendall(_string(bytes([kind]) + body))
            size = struct.unpack(">I", _receive(agent, 4))[0]
            reply = _receive(agent, size)
    except OSError as exc:
        raise ReviewError(f"cannot talk to ssh-agent at {socket_path}: {exc.strerror or exc}") from None
    return reply[0], reply[1:]


def _receive(agent: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = agent.recv(size - len(data))
        if not chunk:
            raise OSError("ssh-agent closed the connection")
        data += chunk
    return data


def agent_keys(socket_path: str) -> list[PublicKey]:
    """The keys ssh-agent holds."""
    kind, reply = _agent_request(socket_path, _AGENT_IDENTITIES, b"")
    if kind != _AGENT_IDENTITIES_ANSWER:
        raise ReviewError("ssh-agent did not list its keys")
    reader = _Reader(reply)
    keys = []
    for _ in range(reader.uint32()):
        blob, _comment = reader.string(), reader.string()
        keys.append(PublicKey(_Reader(blob).string().decode(), blob))
    return keys


def find_signer(reviewer_id: str, listed: PublicKey | None, key_path: Path | None = None) -> Signer:
    """The signer of ``reviewer_id``, whose listed key is ``listed``: ``--key``, ``LEAFLETS_SIGNING_KEY``, ssh-agent.

    A key file that is not the listed key is refused: signing with it would
    make an approval that does not count.
    """
    if listed is None:
        raise ReviewError(f"reviewer {reviewer_id!r} has no key in [[tool.leaflets.reviewers]]: "
                          "add their public key (key = \"ssh-ed25519 AAAA…\"); see docs/review.md")
    path = key_path or (Path(os.environ["LEAFLETS_SIGNING_KEY"]) if os.environ.get("LEAFLETS_SIGNING_KEY") else None)
    if path is not None:
        signer = FileSigner.load(path)
        if signer.public_key.blob != listed.blob:
            raise ReviewError(f"this key ({signer.public_key.fingerprint}) is not the key listed for "
                              f"{reviewer_id} ({listed.fingerprint})", path)
        return signer
    socket_path = os.environ.get("SSH_AUTH_SOCK")
    if socket_path and any(key.blob == listed.blob for key in agent_keys(socket_path)):
        return AgentSigner(socket_path, listed)
    if (default := _default_key_file(listed)) is not None:
        signer = FileSigner.load(default)  # a passphrase on it is refused with what to do (ssh-add)
        if signer.public_key.blob != listed.blob:  # a .pub left from a key made again since
            raise ReviewError(f"this key ({signer.public_key.fingerprint}) is not the key listed for "
                              f"{reviewer_id} ({listed.fingerprint}), though the .pub beside it is", default)
        return signer
    raise ReviewError(f"no signing key for {reviewer_id}: give --key PATH, set LEAFLETS_SIGNING_KEY, "
                      f"or add the key {listed.fingerprint} to ssh-agent (ssh-add)")


def _default_key_file(listed: PublicKey) -> Path | None:
    """The key ssh-keygen made where it makes keys (~/.ssh/id_ed25519, id_ecdsa, id_rsa), when its .pub is the key
    listed: what ``ssh-keygen -t ed25519`` leaves, as the docs have a reviewer do, needs no --key."""
    for name in ("id_ed25519", "id_ecdsa", "id_rsa"):
        private = Path.home() / ".ssh" / name
        try:
            public = parse_public_key(private.with_suffix(".pub").read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            continue
        if public.blob == listed.blob and private.is_file():
            return private
    return None
