import type { Translation } from '../define.ts'
import type { storageEn } from '../en/storage.ts'

/** Chinese for en/storage.ts: the type makes a missing or unknown key a compile error. */
export const storageZh: Translation<typeof storageEn> = {
  'storage.full': '本机存储空间已满，“我的行程”的改动暂时无法保存。在关闭此页面之前，改动仍然有效；清理出一些空间后即可保存。',
  'storage.dismiss': '知道了',
}
