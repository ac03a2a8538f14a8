/** Publishing live messages from the test process, over plain MQTT to the test broker. */
import mqtt, { type MqttClient } from 'mqtt'

export interface Publisher {
  client: MqttClient
  publish(topic: string, payload: string | object): Promise<void>
  close(): Promise<void>
}

export async function connectPublisher(url: string): Promise<Publisher> {
  const client = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: 10_000 })
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve())
    client.once('error', reject)
  })
  return {
    client,
    publish: async (topic, payload) => {
      await client.publishAsync(topic, typeof payload === 'string' ? payload : JSON.stringify(payload), { qos: 0 })
    },
    close: () => new Promise<void>((resolve) => client.end(false, {}, () => resolve())),
  }
}
