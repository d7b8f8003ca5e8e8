import type { Article } from './article';
import type { Problem } from './problems';

/** A refusal of the API, with its problem document when it sent one. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
}

export interface Versioned<T> {
  value: T;
  etag: string;
}

/** The editor API as the desk calls it: Bearer token, If-Match on every change, an Idempotency-Key on every POST. */
export class EditorApi {
  constructor(private readonly baseUrl: string, private readonly token: () => string) {}

  private async call(method: string, path: string, options: { body?: unknown; etag?: string; accept?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = { Authorization: `Bearer ${this.token()}` };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.etag) headers['If-Match'] = options.etag;
    if (method === 'POST') headers['Idempotency-Key'] = crypto.randomUUID();
    if (options.accept) headers.Accept = options.accept;
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    if (!response.ok) {
      let problem: Problem;
      try {
        problem = (await response.json()) as Problem;
      } catch {
        problem = { type: 'about:blank', title: response.statusText, status: response.status, detail: `Erreur ${response.status}` };
      }
      throw new ApiError(response.status, problem);
    }
    return response;
  }

  private async versioned<T>(response: Response): Promise<Versioned<T>> {
    return { value: (await response.json()) as T, etag: response.headers.get('ETag') ?? '' };
  }

  async listArticles(query: { status?: string; topic?: string; cursor?: string; limit?: number }) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
    const response = await this.call('GET', `/articles?${params}`);
    return (await response.json()) as { articles: Article[]; nextCursor?: string };
  }

  async topics() {
    const response = await this.call('GET', '/topics');
    return ((await response.json()) as { topics: { name: string; slug: string; articles: number }[] }).topics;
  }

  async read(id: string) {
    return this.versioned<Article>(await this.call('GET', `/articles/${id}`));
  }

  async create(input: unknown) {
    return this.versioned<Article>(await this.call('POST', '/articles', { body: input }));
  }

  async replace(id: string, input: unknown, etag: string) {
    return this.versioned<Article>(await this.call('PUT', `/articles/${id}`, { body: input, etag }));
  }

  async patch(id: string, patch: unknown, etag: string) {
    return this.versioned<Article>(await this.call('PATCH', `/articles/${id}`, { body: patch, etag }));
  }

  async publish(id: string, etag: string) {
    return this.versioned<Article>(await this.call('POST', `/articles/${id}/publish`, { etag }));
  }

  async unpublish(id: string, etag: string) {
    return this.versioned<Article>(await this.call('POST', `/articles/${id}/unpublish`, { etag }));
  }

  async remove(id: string, etag: string) {
    await this.call('DELETE', `/articles/${id}`, { etag });
  }

  async preview(input: unknown) {
    const response = await this.call('POST', '/articles/preview', { body: input, accept: 'text/html' });
    return response.text();
  }

  async revisions(id: string) {
    const response = await this.call('GET', `/articles/${id}/revisions`);
    return (await response.json()) as { items: Revision[]; next?: string | null };
  }

  async revision(id: string, version: number) {
    return (await (await this.call('GET', `/articles/${id}/revisions/${version}`)).json()) as Article;
  }

  async restore(id: string, version: number, etag: string) {
    return this.versioned<Article>(await this.call('POST', `/articles/${id}/revisions/${version}/restore`, { etag }));
  }

  async announceMedia(file: { name: string; type: string; size: number }) {
    const response = await this.call('POST', '/media', { body: { filename: file.name, contentType: file.type, size: file.size } });
    return this.versioned<MediaAnnounced>(response);
  }

  async media(id: string) {
    return this.versioned<Media>(await this.call('GET', `/media/${id}`));
  }

  async describeMedia(id: string, patch: unknown, etag: string) {
    return this.versioned<Media>(await this.call('PATCH', `/media/${id}`, { body: patch, etag }));
  }
}

export interface Revision {
  version: number;
  updatedAt: string;
  /** Null for versions saved before the API kept who saved them. */
  by?: { sub: string; name?: string | null } | null;
  summary: string;
}

export interface Media {
  id: string;
  status: 'awaiting-upload' | 'processing' | 'ready' | 'failed';
  reason?: string;
  width?: number;
  height?: number;
  focus: { x: number; y: number };
  renditions: { url: string; width: number; height: number; format: string; crop: string }[];
  version: number;
}

export interface MediaAnnounced extends Media {
  upload: { url: string; method: 'PUT'; headers: Record<string, string> };
}

/** Sends the picture's bytes to the presigned URL; XMLHttpRequest, because fetch reports no upload progress. */
export function upload(target: MediaAnnounced['upload'], file: Blob, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(target.method, target.url);
    for (const [name, value] of Object.entries(target.headers)) {
      // The browser sets these itself and refuses to be told.
      if (!['content-length', 'host'].includes(name.toLowerCase())) request.setRequestHeader(name, value);
    }
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => (request.status < 300 ? resolve() : reject(new Error(`Envoi refusé (${request.status})`)));
    request.onerror = () => reject(new Error('Envoi interrompu'));
    request.send(file);
  });
}
