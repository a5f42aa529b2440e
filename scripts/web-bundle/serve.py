#!/usr/bin/env python3
# 目录 Mulu, web build: serves the app folder beside this file on 127.0.0.1 only, with the headers the desktop app's
# app:// protocol sends (Content-Type by extension, Content-Security-Policy, X-Content-Type-Options). Those headers are
# not written here: `npm run web:bundle` computes them for every file from electron/protocol/response-headers.ts and
# writes headers.json, and this server sends exactly that. A path not in headers.json is 404, so nothing but the app's
# own files can be served (no directory listings, no "..").
#
# Python 3 from the operating system, standard library only (UOS and Kylin ship Python 3.7 or later; these machines
# may have no Node). The port stays the same from run to run on purpose: the browser keeps the catalog under the
# address's origin, so another port would show an empty workspace.
import argparse
import http.server
import json
import os
import socketserver
import sys
import threading
import urllib.parse
import urllib.request
import webbrowser

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PORT = 4174


def load_headers():
    with open(os.path.join(HERE, 'headers.json'), encoding='utf-8') as f:
        return json.load(f)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_handler(headers_by_path, root):
    class Handler(http.server.BaseHTTPRequestHandler):
        def version_string(self):
            return 'Mulu'

        def send_app_file(self, with_body):
            path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
            if path == '/':
                path = '/index.html'
            headers = headers_by_path.get(path)
            if headers is None:
                self.send_error(404)
                return
            with open(os.path.join(root, *path.lstrip('/').split('/')), 'rb') as f:
                body = f.read()
            self.send_response(200)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def do_GET(self):
            self.send_app_file(True)

        def do_HEAD(self):
            self.send_app_file(False)

        def log_message(self, format, *args):
            pass

    return Handler


def already_serving_mulu(url):
    """Whether `url` answers with this app (a second start: just open the browser)."""
    try:
        with urllib.request.urlopen(url + 'index.html', timeout=2) as response:
            return b'<title>' in response.read() and response.headers.get('Content-Security-Policy') is not None
    except Exception:
        return False


def main():
    parser = argparse.ArgumentParser(description='目录 Mulu web build: serve on 127.0.0.1 and open the browser')
    parser.add_argument('--port', type=int, default=int(os.environ.get('MULU_PORT', DEFAULT_PORT)))
    parser.add_argument('--no-browser', action='store_true', help='do not open a browser')
    args = parser.parse_args()

    root = os.path.join(HERE, 'app')
    try:
        server = Server(('127.0.0.1', args.port), make_handler(load_headers(), root))
    except OSError as error:
        url = 'http://127.0.0.1:%d/' % args.port
        if already_serving_mulu(url):
            print('目录 Mulu 已在运行：%s\nMulu is already running: %s' % (url, url))
            if not args.no_browser:
                webbrowser.open(url)
            return 0
        print('无法在 127.0.0.1:%d 上启动（%s）。该端口被其他程序占用时，可设置 MULU_PORT 换一个端口，'
              '但浏览器中的数据按地址保存：换端口后看不到原端口下的目录。\n'
              'Cannot listen on 127.0.0.1:%d (%s). If another program holds the port, set MULU_PORT, but the browser '
              'keeps data per address: under another port the catalog of the old one is not there.'
              % (args.port, error, args.port, error), file=sys.stderr)
        return 1

    url = 'http://127.0.0.1:%d/' % server.server_address[1]
    # The first line is what a caller (start-mulu.sh, the tests) reads to learn the address.
    print(url, flush=True)
    print('目录 Mulu：在浏览器中打开 %s ；关闭此窗口或按 Ctrl+C 停止。\n'
          'Mulu: open %s in the browser; close this window or press Ctrl+C to stop.' % (url, url), flush=True)
    if not args.no_browser:
        threading.Timer(0.3, lambda: webbrowser.open(url)).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == '__main__':
    sys.exit(main())
